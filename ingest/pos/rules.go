package pos

import (
	"regexp"
	"strings"

	"github.com/mingrammer/commonregex"
)

// prose's rules for Treebank placeholders: "0", "*", "*T*-1" and the like
// are tagged -NONE-; "-LRB-" and the like are their own tag.
var (
	noneRE = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRE = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// emoticons are the tokens prose tags SYM (its tokenizer's emoticon list).
var emoticons = []string{
	"(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)",
	"(╯°□°）╯︵┻━┻", "-__-", "8-)", "8-D", "8D", ":(", ":((", ":(((", ":()",
	":)))", ":-)", ":-))", ":-)))", ":-*", ":-/", ":-X", ":-]", ":-o", ":-p",
	":-x", ":-|", ":-}", ":0", ":3", ":P", ":]", ":`(", ":`)", ":`-(", ":o",
	":o)", "=(", "=)", "=D", "=|", "@_@", "O.o", "O_o", "V_V", "XDD", "[-:",
	"^___^", "o_0", "o_O", "o_o", "v_v", "xD", "xDD", `¯\(ツ)/¯`,
}

// rules applies, in prose's order, the rules that decide a tag before the
// tag dictionary and the model.
func (t *Tagger) rules(w string) (string, bool) {
	if w == "-" {
		return "-", true
	}
	for _, e := range emoticons {
		if w == e {
			return "SYM", true
		}
	}
	return matchRules(w)
}

// matchRules is rules without "-" and the emoticons, which the Tagger
// resolves by its fixed map. Each regular expression runs only on words
// that have what any match needs: a link has a "." and four bytes at least,
// an e-mail address an "@", a placeholder starts with "0" or "*", a kept
// tag is five bytes from "-" to "-".
func matchRules(w string) (string, bool) {
	if len(w) >= 4 && strings.IndexByte(w, '.') >= 0 && commonregex.LinkRegex.MatchString(w) ||
		strings.IndexByte(w, '@') >= 0 && (commonregex.EmailRegex.MatchString(w) || w[0] == '@') {
		return "NN", true
	}
	if (w == "0" || len(w) > 0 && w[0] == '*') && noneRE.MatchString(w) {
		return "-NONE-", true
	}
	if len(w) == 5 && w[0] == '-' && keepRE.MatchString(w) {
		return w, true
	}
	return "", false
}
