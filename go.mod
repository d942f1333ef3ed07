module github.com/vnfacts/vnfacts

go 1.26.8

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/mattn/go-sqlite3 v1.14.53
	golang.org/x/net v0.62.0
	golang.org/x/text v0.43.0
)

require github.com/andybalholm/cascadia v1.3.4 // indirect
