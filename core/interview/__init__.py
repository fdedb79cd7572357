"""Mock interview: question plan (plan.py, bank.py), turns (service.py), rubric scoring (scoring.py, coverage.py,
rubric.py, llm_score.py), feedback (feedback.py), persistence (store.py). Pages call service.InterviewService."""
