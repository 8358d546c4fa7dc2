package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// score is what ../shared/tools/kgscore --json prints.
type score struct {
	Predicted           int      `json:"predicted"`
	Precision           float64  `json:"precision"`
	Recall              float64  `json:"recall"`
	F1                  float64  `json:"f1"`
	PolarityErrors      int      `json:"polarity_errors"`
	ProvenancePrecision float64  `json:"provenance_precision"`
	TimeAccuracy        *float64 `json:"time_accuracy"`
}

// TestExtractionScores ingests each evaluation corpus with the embedded
// store, exports the statements and scores them with the project's scorer
// (../shared/tools/kgscore). The floors are the targets for the
// seeds and, for the news written for kg (testdata/news), a margin under
// what the rules reach, so that a change that loses facts fails here.
func TestExtractionScores(t *testing.T) {
	shared := sharedDir(t)
	scorer := filepath.Join(shared, "tools/kgscore")
	if _, err := os.Stat(scorer); err != nil {
		t.Skip("../shared/tools/kgscore is absent: skipping")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed (the scorer is a Python script): skipping")
	}
	sets := []struct {
		name, corpus, gold string
		f1, precision      float64
		polarity           int
		provenance, time   float64
	}{
		{"seeds", filepath.Join(shared, "corpus/seeds"), filepath.Join(shared, "eval/seeds"), 0.80, 0.80, 0, 0.95, 0.7},
		{"news-a", "../../testdata/news/a/corpus", "../../testdata/news/a", 0.75, 0.93, 2, 0.95, 0.78}, // (time 0.758: a newly matched fact, Ukraine's candidacy, has the gold's year in another sentence)
		{"news-b", "../../testdata/news/b/corpus", "../../testdata/news/b", 0.75, 0.92, 2, 0.95, 0.82},
		{"news-c", "../../testdata/news/c/corpus", "../../testdata/news/c", 0.72, 0.93, 1, 0.95, 0.80},
		{"news-d", "../../testdata/news/d/corpus", "../../testdata/news/d", 0.78, 0.90, 1, 0.95, 0.83},
		{"news-e", "../../testdata/news/e/corpus", "../../testdata/news/e", 0.75, 0.93, 2, 0.95, 0.66},
		{"news-f", "../../testdata/news/f/corpus", "../../testdata/news/f", 0.68, 0.90, 2, 0.95, 0.60},
		{"news-g", "../../testdata/news/g/corpus", "../../testdata/news/g", 0.73, 0.90, 2, 0.95, 0.81},
		{"news-h", "../../testdata/news/h/corpus", "../../testdata/news/h", 0.71, 0.89, 2, 0.95, 0.60},
		{"news-i", "../../testdata/news/i/corpus", "../../testdata/news/i", 0.76, 0.90, 2, 0.95, 0.61},
		{"news-j", "../../testdata/news/j/corpus", "../../testdata/news/j", 0.69, 0.87, 3, 0.95, 0.69},
		{"news-k", "../../testdata/news/k/corpus", "../../testdata/news/k", 0.67, 0.91, 2, 0.95, 0.51},
		{"news-l", "../../testdata/news/l/corpus", "../../testdata/news/l", 0.68, 0.87, 2, 0.95, 0.80},
		{"news-m", "../../testdata/news/m/corpus", "../../testdata/news/m", 0.71, 0.91, 3, 0.95, 0.75},
		{"news-n", "../../testdata/news/n/corpus", "../../testdata/news/n", 0.68, 0.91, 2, 0.95, 0.81},
		{"news-o", "../../testdata/news/o/corpus", "../../testdata/news/o", 0.73, 0.91, 2, 0.95, 0.77}, // (time 0.763, from 0.806: the newly matched U.S. sanctions on Rosneft and Lukoil have the gold's month in no sentence that states them)
		{"news-p", "../../testdata/news/p/corpus", "../../testdata/news/p", 0.82, 0.94, 2, 0.95, 0.81},
		{"news-q", "../../testdata/news/q/corpus", "../../testdata/news/q", 0.75, 0.90, 3, 0.95, 0.85},
		{"news-r", "../../testdata/news/r/corpus", "../../testdata/news/r", 0.66, 0.94, 2, 0.95, 0.69},
		{"news-s", "../../testdata/news/s/corpus", "../../testdata/news/s", 0.63, 0.88, 2, 0.95, 0.75},
		{"news-t", "../../testdata/news/t/corpus", "../../testdata/news/t", 0.77, 0.93, 2, 0.95, 0.86},
		{"news-u", "../../testdata/news/u/corpus", "../../testdata/news/u", 0.74, 0.92, 5, 0.95, 0.61},
		{"news-v", "../../testdata/news/v/corpus", "../../testdata/news/v", 0.66, 0.86, 4, 0.95, 0.70},
		{"news-w", "../../testdata/news/w/corpus", "../../testdata/news/w", 0.68, 0.85, 2, 0.95, 0.54},
		{"news-x", "../../testdata/news/x/corpus", "../../testdata/news/x", 0.77, 0.88, 5, 0.95, 0.86},
		{"news-y", "../../testdata/news/y/corpus", "../../testdata/news/y", 0.76, 0.89, 2, 0.95, 0.76},
		{"news-z", "../../testdata/news/z/corpus", "../../testdata/news/z", 0.79, 0.97, 1, 0.95, 0.81},
		{"news-za", "../../testdata/news/za/corpus", "../../testdata/news/za", 0.77, 0.93, 4, 0.95, 0.60},
		{"news-zb", "../../testdata/news/zb/corpus", "../../testdata/news/zb", 0.70, 0.87, 4, 0.95, 0.65},
		{"news-zc", "../../testdata/news/zc/corpus", "../../testdata/news/zc", 0.74, 0.93, 1, 0.95, 0.88},
		{"news-zd", "../../testdata/news/zd/corpus", "../../testdata/news/zd", 0.70, 0.91, 1, 0.95, 0.62}, // (time 0.649, from 0.706: the two Chad-Turkey parties now found come from a sentence with no date)
		{"news-ze", "../../testdata/news/ze/corpus", "../../testdata/news/ze", 0.73, 0.89, 3, 0.95, 0.66},
		{"news-zf", "../../testdata/news/zf/corpus", "../../testdata/news/zf", 0.77, 0.90, 3, 0.95, 0.69},
		{"news-zg", "../../testdata/news/zg/corpus", "../../testdata/news/zg", 0.79, 0.94, 2, 0.95, 0.89},
		{"news-zh", "../../testdata/news/zh/corpus", "../../testdata/news/zh", 0.80, 0.93, 3, 0.95, 0.83},
		{"news-zi", "../../testdata/news/zi/corpus", "../../testdata/news/zi", 0.74, 0.90, 3, 0.95, 0.79}, // (time 0.792, from 0.85: facts matched since reading it, such as Norway's founding membership of NATO, have the gold's year in no sentence that states them)
		{"news-zj", "../../testdata/news/zj/corpus", "../../testdata/news/zj", 0.69, 0.91, 2, 0.95, 0.89},
		{"news-zk", "../../testdata/news/zk/corpus", "../../testdata/news/zk", 0.71, 0.92, 2, 0.95, 0.90},
		{"news-zl", "../../testdata/news/zl/corpus", "../../testdata/news/zl", 0.71, 0.93, 2, 0.95, 0.95}, // (time 1.0 on few timed matches: a margin of 0.10)
		{"news-zm", "../../testdata/news/zm/corpus", "../../testdata/news/zm", 0.86, 0.96, 2, 0.95, 0.82},
		{"news-zn", "../../testdata/news/zn/corpus", "../../testdata/news/zn", 0.84, 0.90, 2, 0.95, 0.71},
		{"news-zo", "../../testdata/news/zo/corpus", "../../testdata/news/zo", 0.76, 0.88, 2, 0.95, 0.84},
		{"news-zp", "../../testdata/news/zp/corpus", "../../testdata/news/zp", 0.72, 0.87, 2, 0.95, 0.75},
		{"news-zq", "../../testdata/news/zq/corpus", "../../testdata/news/zq", 0.84, 0.92, 2, 0.95, 0.87},
		{"news-zs", "../../testdata/news/zs/corpus", "../../testdata/news/zs", 0.65, 0.84, 2, 0.95, 0.86}, // (time 0.895, from 1.0: newly matched facts, such as the U.S. blacklisting of Rosneft "the same month", have the gold's time in no sentence that states them)
		{"news-zr", "../../testdata/news/zr/corpus", "../../testdata/news/zr", 0.75, 0.94, 2, 0.95, 0.82},
		{"news-zt", "../../testdata/news/zt/corpus", "../../testdata/news/zt", 0.82, 0.93, 2, 0.95, 0.90},
		{"news-zu", "../../testdata/news/zu/corpus", "../../testdata/news/zu", 0.85, 0.93, 2, 0.95, 0.76},
		{"news-zv", "../../testdata/news/zv/corpus", "../../testdata/news/zv", 0.77, 0.87, 2, 0.95, 0.88},
		{"news-zw", "../../testdata/news/zw/corpus", "../../testdata/news/zw", 0.81, 0.91, 2, 0.95, 0.87},
		{"news-zx", "../../testdata/news/zx/corpus", "../../testdata/news/zx", 0.85, 0.90, 4, 0.95, 0.95},
		{"news-zy", "../../testdata/news/zy/corpus", "../../testdata/news/zy", 0.77, 0.91, 2, 0.95, 0.95},
		{"news-zz", "../../testdata/news/zz/corpus", "../../testdata/news/zz", 0.81, 0.93, 2, 0.95, 0.87},
		// (zzzm, zzzn, zzzo and zzzp are unread: their floors only catch a loss, not a gain)
		{"news-zza", "../../testdata/news/zza/corpus", "../../testdata/news/zza", 0.83, 0.90, 2, 0.95, 0.73},
		{"news-zzb", "../../testdata/news/zzb/corpus", "../../testdata/news/zzb", 0.78, 0.87, 2, 0.95, 0.84},
		{"news-zzc", "../../testdata/news/zzc/corpus", "../../testdata/news/zzc", 0.74, 0.89, 2, 0.95, 0.65},
		{"news-zzd", "../../testdata/news/zzd/corpus", "../../testdata/news/zzd", 0.67, 0.81, 2, 0.95, 0.78},
		{"news-zze", "../../testdata/news/zze/corpus", "../../testdata/news/zze", 0.86, 0.92, 3, 0.95, 0.95},
		{"news-zzf", "../../testdata/news/zzf/corpus", "../../testdata/news/zzf", 0.76, 0.87, 4, 0.95, 0.82},
		{"news-zzg", "../../testdata/news/zzg/corpus", "../../testdata/news/zzg", 0.80, 0.88, 2, 0.95, 0.95},
		{"news-zzh", "../../testdata/news/zzh/corpus", "../../testdata/news/zzh", 0.80, 0.89, 3, 0.95, 0.95},
		{"news-zzi", "../../testdata/news/zzi/corpus", "../../testdata/news/zzi", 0.69, 0.84, 2, 0.95, 0.72},
		{"news-zzj", "../../testdata/news/zzj/corpus", "../../testdata/news/zzj", 0.73, 0.86, 2, 0.95, 0.78},
		{"news-zzk", "../../testdata/news/zzk/corpus", "../../testdata/news/zzk", 0.84, 0.90, 2, 0.95, 0.90},
		{"news-zzl", "../../testdata/news/zzl/corpus", "../../testdata/news/zzl", 0.72, 0.87, 2, 0.95, 0.87},
		{"news-zzm", "../../testdata/news/zzm/corpus", "../../testdata/news/zzm", 0.69, 0.85, 2, 0.95, 0.95},
		{"news-zzn", "../../testdata/news/zzn/corpus", "../../testdata/news/zzn", 0.69, 0.85, 2, 0.95, 0.82},
		{"news-zzo", "../../testdata/news/zzo/corpus", "../../testdata/news/zzo", 0.71, 0.86, 2, 0.95, 0.62},
		{"news-zzp", "../../testdata/news/zzp/corpus", "../../testdata/news/zzp", 0.60, 0.78, 2, 0.95, 0.70},
		{"news-zzq", "../../testdata/news/zzq/corpus", "../../testdata/news/zzq", 0.74, 0.88, 2, 0.95, 0.89},
		{"news-zzr", "../../testdata/news/zzr/corpus", "../../testdata/news/zzr", 0.67, 0.85, 2, 0.95, 0.88},
		{"news-zzs", "../../testdata/news/zzs/corpus", "../../testdata/news/zzs", 0.67, 0.86, 2, 0.95, 0.95},
		{"news-zzt", "../../testdata/news/zzt/corpus", "../../testdata/news/zzt", 0.72, 0.86, 2, 0.95, 0.84},
		{"news-zzu", "../../testdata/news/zzu/corpus", "../../testdata/news/zzu", 0.59, 0.87, 2, 0.95, 0.81},
		{"news-zzv", "../../testdata/news/zzv/corpus", "../../testdata/news/zzv", 0.70, 0.87, 2, 0.95, 0.83},
		{"news-zzw", "../../testdata/news/zzw/corpus", "../../testdata/news/zzw", 0.66, 0.87, 2, 0.95, 0.75},
		{"news-zzx", "../../testdata/news/zzx/corpus", "../../testdata/news/zzx", 0.69, 0.92, 2, 0.95, 0.81},
		{"news-zzy", "../../testdata/news/zzy/corpus", "../../testdata/news/zzy", 0.71, 0.81, 3, 0.95, 0.91},
		{"news-zzz", "../../testdata/news/zzz/corpus", "../../testdata/news/zzz", 0.72, 0.90, 2, 0.95, 0.91},
		{"news-zzza", "../../testdata/news/zzza/corpus", "../../testdata/news/zzza", 0.59, 0.84, 2, 0.95, 0.76},
		{"news-zzzb", "../../testdata/news/zzzb/corpus", "../../testdata/news/zzzb", 0.66, 0.84, 2, 0.95, 0.75},
		{"news-zzzc", "../../testdata/news/zzzc/corpus", "../../testdata/news/zzzc", 0.76, 0.92, 2, 0.95, 0.70},
		{"news-zzzd", "../../testdata/news/zzzd/corpus", "../../testdata/news/zzzd", 0.71, 0.84, 2, 0.95, 0.90},
		{"news-zzze", "../../testdata/news/zzze/corpus", "../../testdata/news/zzze", 0.61, 0.79, 2, 0.95, 0.87},
		{"news-zzzf", "../../testdata/news/zzzf/corpus", "../../testdata/news/zzzf", 0.65, 0.84, 2, 0.95, 0.81},
		{"news-zzzg", "../../testdata/news/zzzg/corpus", "../../testdata/news/zzzg", 0.66, 0.86, 2, 0.95, 0.77},
		{"news-zzzh", "../../testdata/news/zzzh/corpus", "../../testdata/news/zzzh", 0.64, 0.91, 2, 0.95, 0.79},
		{"news-zzzi", "../../testdata/news/zzzi/corpus", "../../testdata/news/zzzi", 0.74, 0.88, 2, 0.95, 0.52},
		{"news-zzzj", "../../testdata/news/zzzj/corpus", "../../testdata/news/zzzj", 0.67, 0.86, 2, 0.95, 0.74},
		{"news-zzzk", "../../testdata/news/zzzk/corpus", "../../testdata/news/zzzk", 0.76, 0.85, 2, 0.95, 0.95},
		{"news-zzzl", "../../testdata/news/zzzl/corpus", "../../testdata/news/zzzl", 0.68, 0.87, 2, 0.95, 0.85},
		{"news-zzzm", "../../testdata/news/zzzm/corpus", "../../testdata/news/zzzm", 0.63, 0.80, 3, 0.95, 0.78},
		{"news-zzzn", "../../testdata/news/zzzn/corpus", "../../testdata/news/zzzn", 0.71, 0.84, 3, 0.95, 0.67},
		{"news-zzzo", "../../testdata/news/zzzo/corpus", "../../testdata/news/zzzo", 0.64, 0.84, 3, 0.95, 0.88},
		{"news-zzzp", "../../testdata/news/zzzp/corpus", "../../testdata/news/zzzp", 0.61, 0.86, 5, 0.95, 0.80},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "kg.db")
			out := filepath.Join(dir, "out.jsonl")
			// The news sets were written in November 2026; their wire
			// datelines give no year, so the scores are read as of then.
			mustRun(t, "ingest", "--quiet", "--today", "2026-11-22", "--db", db, set.corpus)
			mustRun(t, "export", "--db", db, "--format", "jsonl", "-o", out)
			b, err := exec.Command(python, scorer, set.gold, out, "--json").Output()
			if err != nil {
				t.Fatalf("kgscore: %v", err)
			}
			var sc score
			if err := json.Unmarshal(b, &sc); err != nil {
				t.Fatalf("kgscore printed %q: %v", b, err)
			}
			t.Logf("%s: %s", set.name, b)
			if sc.F1 < set.f1 || sc.Precision < set.precision {
				t.Errorf("F1 %.3f, precision %.3f; want at least %.2f and %.2f", sc.F1, sc.Precision, set.f1, set.precision)
			}
			if sc.PolarityErrors > set.polarity {
				t.Errorf("%d polarity errors, want at most %d", sc.PolarityErrors, set.polarity)
			}
			if sc.ProvenancePrecision < set.provenance {
				t.Errorf("provenance precision %.3f, want at least %.2f", sc.ProvenancePrecision, set.provenance)
			}
			if sc.TimeAccuracy != nil && *sc.TimeAccuracy < set.time {
				t.Errorf("time accuracy %.3f, want at least %.2f", *sc.TimeAccuracy, set.time)
			}
		})
	}
}
