module github.com/kaa-lang/kaa

go 1.26
