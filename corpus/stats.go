package corpus

// Stats is what the corpus holds.
type Stats struct {
	Documents int            `json:"documents"`
	Facts     int            `json:"facts"`
	ByKind    map[string]int `json:"facts_by_kind"`
	Sites     int            `json:"sites"`
	FirstDate string         `json:"first_published"`
	LastDate  string         `json:"last_published"`
	LastRuns  []RunStats     `json:"last_runs"`
	Failures  []Failure      `json:"recent_failures"`
}

// RunStats is one recorded run.
type RunStats struct {
	ID        int64  `json:"id"`
	Started   string `json:"started_at"`
	Finished  string `json:"finished_at"`
	New       int    `json:"new"`
	Updated   int    `json:"updated"`
	Unchanged int    `json:"unchanged"`
	Failed    int    `json:"failed"`
	Facts     int    `json:"facts"`
}

// Failure is a recorded bad input.
type Failure struct {
	RunID  int64  `json:"run_id"`
	Source string `json:"source"`
	Reason string `json:"reason"`
}

// Stats counts documents, facts by kind, sites, dates and recent runs.
func (s *Store) Stats() (Stats, error) {
	st := Stats{ByKind: map[string]int{}}
	err := s.db.QueryRow(`SELECT count(*), count(DISTINCT CASE WHEN site <> '' THEN site END), coalesce(min(NULLIF(published,'')),''), coalesce(max(NULLIF(published,'')),'') FROM documents`).
		Scan(&st.Documents, &st.Sites, &st.FirstDate, &st.LastDate)
	if err != nil {
		return st, err
	}
	rows, err := s.db.Query(`SELECT kind, count(*) FROM facts GROUP BY kind ORDER BY kind`)
	if err != nil {
		return st, err
	}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			rows.Close()
			return st, err
		}
		st.ByKind[k] = n
		st.Facts += n
	}
	rows.Close()
	rows, err = s.db.Query(`SELECT id, started_at, finished_at, new, updated, unchanged, failed, facts FROM runs ORDER BY id DESC LIMIT 5`)
	if err != nil {
		return st, err
	}
	for rows.Next() {
		var r RunStats
		if err := rows.Scan(&r.ID, &r.Started, &r.Finished, &r.New, &r.Updated, &r.Unchanged, &r.Failed, &r.Facts); err != nil {
			rows.Close()
			return st, err
		}
		st.LastRuns = append(st.LastRuns, r)
	}
	rows.Close()
	rows, err = s.db.Query(`SELECT run_id, source, reason FROM failures WHERE run_id IN (SELECT id FROM runs ORDER BY id DESC LIMIT 5) ORDER BY id LIMIT 50`)
	if err != nil {
		return st, err
	}
	defer rows.Close()
	for rows.Next() {
		var f Failure
		if err := rows.Scan(&f.RunID, &f.Source, &f.Reason); err != nil {
			return st, err
		}
		st.Failures = append(st.Failures, f)
	}
	return st, rows.Err()
}
