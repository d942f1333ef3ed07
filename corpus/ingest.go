package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vnfacts/vnfacts/extract"
)

// IngestOptions tune a batch ingest.
type IngestOptions struct {
	Workers   int       // cleaning and extracting goroutines; 0 means all cores
	Force     bool      // redo unchanged inputs too
	BatchSize int       // documents per write transaction; 0 means 2048
	Stdin     io.Reader // for the path "-"
	// OnError is called for each bad input, from the writer goroutine.
	OnError func(source string, err error)
	// OnProgress is called after each input file is read and after each
	// batch is written.
	OnProgress func(p Progress)
}

// Progress is how far an ingest is.
type Progress struct {
	Files, FilesDone int
	Docs             int // documents seen so far
	Elapsed          time.Duration
}

// Summary counts what an ingest did.
type Summary struct {
	New, Updated, Unchanged, Failed, Facts int
	Elapsed                                time.Duration
	RunID                                  int64
}

// Docs is the number of documents seen.
func (s Summary) Docs() int { return s.New + s.Updated + s.Unchanged + s.Failed }

type result struct {
	entries   []*Entry
	updated   bool
	unchanged bool
	source    string
	err       error
}

// Ingest reads, cleans and extracts every input on all cores and stores
// the results through one writer in batched transactions. Inputs whose
// hash and extractor version are unchanged are skipped. Bad inputs are
// reported, recorded and skipped; only a database error stops the run.
func (s *Store) Ingest(ctx context.Context, paths []string, opt IngestOptions) (Summary, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 2048
	}
	sources, err := s.KnownSources()
	if err != nil {
		return Summary{}, err
	}
	known := newKnownSet(sources)
	run, err := s.BeginRun()
	if err != nil {
		return Summary{}, err
	}
	cp := startCheckpointer(s.Path, 200*time.Millisecond)
	defer cp.Stop()
	sum := Summary{RunID: run.ID}

	type docErr struct {
		doc Document
		err error
	}
	pathCh := make(chan string)
	docCh := make(chan docErr, 4*opt.Workers)
	// The workers keep extracting while the writer commits.
	resCh := make(chan result, 2*writeBatch)
	var filesDone, docsSeen atomic.Int64

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(pathCh)
		for _, p := range paths {
			select {
			case pathCh <- p:
			case <-ctx.Done():
				return
			}
		}
	}()
	var skip Skipper
	if !opt.Force {
		skip = knownSkipper(known.sources)
	}
	var readers sync.WaitGroup
	for i := 0; i < opt.Workers; i++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for p := range pathCh {
				readInput(p, opt.Stdin, skip, func(d Document, err error) {
					docsSeen.Add(1)
					select {
					case docCh <- docErr{d, err}:
					case <-ctx.Done():
					}
				})
				filesDone.Add(1)
			}
		}()
	}
	go func() { readers.Wait(); close(docCh) }()
	var workers sync.WaitGroup
	for i := 0; i < opt.Workers; i++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for de := range docCh {
				r := process(de.doc, de.err, known, opt.Force)
				select {
				case resCh <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { workers.Wait(); close(resCh) }()

	progress := func() {
		if opt.OnProgress != nil {
			opt.OnProgress(Progress{Files: len(paths), FilesDone: int(filesDone.Load()), Docs: int(docsSeen.Load()), Elapsed: time.Since(start)})
		}
	}
	// Into an empty store, load first and index after.
	bulk := len(sources) == 0
	err = s.write(func(w *writer) error {
		if bulk {
			if err := w.execScript(dropValueIndexes); err != nil {
				return err
			}
		}
		var batch []Entry
		flush := func() error {
			if len(batch) == 0 {
				return nil
			}
			// Workers finish in any order; within a batch, ids follow the
			// sources, so a small ingest numbers its facts the same each
			// time.
			sort.SliceStable(batch, func(i, j int) bool { return batch[i].Source < batch[j].Source })
			if err := w.put(batch); err != nil {
				return err
			}
			batch = batch[:0]
			// Documents are written as they come and committed in large
			// transactions: a commit writes each page it changed, and in a
			// big database one commit of many documents changes about as
			// many index pages as one of a few.
			if w.docs >= opt.BatchSize {
				if err := w.commit(); err != nil {
					return err
				}
			}
			progress()
			return nil
		}
		lastProgress := time.Now()
		for r := range resCh {
			switch {
			case r.err != nil:
				sum.Failed++
				if opt.OnError != nil {
					opt.OnError(r.source, r.err)
				}
				if err := w.fail(run.ID, r.source, failReason(r.source, r.err)); err != nil {
					return err
				}
			case r.unchanged:
				sum.Unchanged++
			default:
				if r.updated {
					sum.Updated++
				} else {
					sum.New++
				}
				for _, e := range r.entries {
					sum.Facts += len(e.Facts)
					batch = append(batch, *e)
				}
				if len(batch) >= min(writeBatch, opt.BatchSize) {
					if err := flush(); err != nil {
						return err
					}
				}
			}
			if time.Since(lastProgress) > 200*time.Millisecond {
				progress()
				lastProgress = time.Now()
			}
		}
		if err := flush(); err != nil {
			return err
		}
		if err := w.commit(); err != nil {
			return err
		}
		if bulk {
			// SQLite sorts an index build in as much memory as its page
			// cache holds, besides the cache itself: on 9.6 million facts
			// that was 140 MB with a 64 MB cache and 40 MB with a 16 MB one,
			// which also built it sooner. The workers' garbage goes back to
			// the system first. The workers are done by now, so a second
			// thread sorts beside the writer's: the build took 1.77 s
			// instead of 2.20 s on 812,219 facts.
			debug.FreeOSMemory()
			return w.execScript(fmt.Sprintf("PRAGMA threads = 2; PRAGMA cache_size = -16384; %s PRAGMA cache_size = %d; PRAGMA threads = 0;", valueIndexes, cacheSize))
		}
		return nil
	})
	if err != nil {
		cancel()
		return sum, err
	}
	progress()
	run.New, run.Updated, run.Unchanged, run.Failed, run.Facts = sum.New, sum.Updated, sum.Unchanged, sum.Failed, sum.Facts
	if err := s.FinishRun(run); err != nil {
		return sum, err
	}
	sum.Elapsed = time.Since(start)
	return sum, ctx.Err()
}

// failReason is what the failures table records for err: the reason
// alone when the error names the input, which has a column of its own.
func failReason(source string, err error) string {
	var ie *InputError
	if errors.As(err, &ie) && ie.Source == source {
		return ie.Err.Error()
	}
	return err.Error()
}

// writeBatch is how many documents the writer takes at a time.
const writeBatch = 256

// knownSet is what the store held when a run began.
type knownSet struct {
	sources map[string]Known
	glued   map[string]bool // sources that have further articles (source#a2, …)
}

func newKnownSet(sources map[string]Known) knownSet {
	k := knownSet{sources: sources, glued: map[string]bool{}}
	for src := range sources {
		if i := strings.LastIndex(src, "#a"); i > 0 {
			k.glued[src[:i]] = true
		}
	}
	return k
}

// fresh reports whether the store held nothing for source; first says it
// is an input's first article, which replaces the input's other articles.
func (k knownSet) fresh(source string, first bool) bool {
	_, seen := k.sources[source]
	return !seen && !(first && k.glued[source])
}

// knownSkipper answers a reader from the sources the store holds.
type knownSkipper map[string]Known

func (k knownSkipper) SameFile(source string, size, mtime int64) bool {
	s, ok := k[source]
	return ok && s.Current && s.Size >= 0 && s.Size == size && s.MTime == mtime
}

func (k knownSkipper) SameHash(source, hash string) bool {
	s, ok := k[source]
	return ok && s.Current && s.SameHash(hash)
}

// process cleans and extracts one document, unless it is unchanged.
func process(d Document, readErr error, known knownSet, force bool) result {
	if readErr != nil {
		return result{source: d.Source, err: readErr}
	}
	if d.Unchanged {
		return result{source: d.Source, unchanged: true}
	}
	k, seen := known.sources[d.Source]
	if seen && !force && k.Current && k.SameHash(d.Hash) {
		return result{source: d.Source, unchanged: true}
	}
	as, err := CleanAll(d)
	if err != nil {
		return result{source: d.Source, err: err}
	}
	r := result{source: d.Source, updated: seen}
	for i := range as {
		fs := extract.ArticleFacts(&as[i])
		a := as[i]
		e := &Entry{Source: a.Doc, Hash: d.Hash, FileSize: d.FileSize, FileMTime: d.FileMTime, Article: a, Facts: fs}
		if i == 0 {
			// The input's first article stands for the input: it replaces
			// whatever articles the input held before.
			e.Source, e.Replaces = d.Source, true
		}
		e.Fresh = known.fresh(e.Source, i == 0)
		e.Prepare()
		r.entries = append(r.entries, e)
	}
	return r
}

// ArticleFacts is one article and its facts.
type ArticleFacts struct {
	Article extract.Article
	Facts   []extract.Fact
}

// ExtractAll is the pipeline without a store: clean a document into its
// articles and extract their facts. ref is used as the date of an article
// that gives none; noClean takes the text as one clean article.
func ExtractAll(d Document, ref time.Time, noClean bool) ([]ArticleFacts, error) {
	var as []extract.Article
	if noClean {
		as = []extract.Article{{Doc: d.Source, URL: d.URL, Text: d.Raw, Published: d.Published}}
	} else {
		var err error
		if as, err = CleanAll(d); err != nil {
			return nil, err
		}
	}
	out := make([]ArticleFacts, len(as))
	for i := range as {
		a := &as[i]
		if a.Published.IsZero() {
			a.Published = ref
		}
		fs := extract.ArticleFacts(a)
		out[i] = ArticleFacts{*a, fs}
	}
	return out, nil
}

// ExtractDocument is ExtractAll for the document's first article.
func ExtractDocument(d Document, ref time.Time, noClean bool) (extract.Article, []extract.Fact, error) {
	all, err := ExtractAll(d, ref, noClean)
	if err != nil {
		return extract.Article{}, nil, err
	}
	return all[0].Article, all[0].Facts, nil
}
