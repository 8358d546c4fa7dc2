package pos

// Test hooks: a fresh load (Default loads once) and prose's emoticon list,
// which the reference tagger in the tests needs.
var (
	LoadModel = loadModel
	Emoticons = emoticons
)
