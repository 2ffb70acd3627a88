module github.com/dpmodel/dpmodel

go 1.26
