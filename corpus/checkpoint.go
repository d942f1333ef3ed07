package corpus

import (
	"database/sql"
	"sync"
	"time"
)

// checkpointer copies the write-ahead log into the database file from a
// connection of its own while an ingest writes. SQLite would otherwise do
// it inside the writer's commits, on the one goroutine every document
// waits for; a passive checkpoint runs beside the writer without
// blocking it, on a core the writer is not using.
type checkpointer struct {
	db   *sql.DB
	stop chan struct{}
	done sync.WaitGroup
}

// startCheckpointer checkpoints path every interval until stopped. It
// returns nil if it cannot open the database: the writer's own automatic
// checkpoints still run then.
func startCheckpointer(path string, interval time.Duration) *checkpointer {
	db, err := sql.Open("sqlite3", dsn(path, "_busy_timeout=10000"))
	if err != nil {
		return nil
	}
	db.SetMaxOpenConns(1)
	c := &checkpointer{db: db, stop: make(chan struct{})}
	c.done.Add(1)
	go func() {
		defer c.done.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-c.stop:
				return
			case <-t.C:
				// Errors (a busy database) only mean the next tick tries again.
				c.db.Exec(`PRAGMA wal_checkpoint(PASSIVE)`)
			}
		}
	}()
	return c
}

func (c *checkpointer) Stop() {
	if c == nil {
		return
	}
	close(c.stop)
	c.done.Wait()
	c.db.Close()
}
