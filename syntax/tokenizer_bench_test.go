package syntax

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// loadCorpusTexts reads and decodes every .py file of CPython's standard
// library, or skips the benchmark.
func loadCorpusTexts(b *testing.B) ([]string, int) {
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))").Output()
	if err != nil {
		b.Skip("python3 stdlib not found")
	}
	var texts []string
	size := 0
	filepath.WalkDir(strings.TrimSpace(string(out)), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".py") {
			data, err := os.ReadFile(p)
			if err != nil {
				return nil
			}
			if text, _, derr := DecodeSource(data, p); derr == nil {
				texts = append(texts, text)
				size += len(text)
			}
		}
		return nil
	})
	return texts, size
}

// BenchmarkTokenizeCorpus tokenizes the whole standard library from
// memory.
func BenchmarkTokenizeCorpus(b *testing.B) {
	texts, size := loadCorpusTexts(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, text := range texts {
			NewTokenizer(text, TokenizerOptions{TypeComments: true}).Tokens()
		}
	}
}
