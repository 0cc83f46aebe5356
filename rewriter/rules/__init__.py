"""The embedded rules engine: deterministic verdicts and template rewrites."""
