"""Career moves: the nearest occupations a person could move to, with skill overlap and bridging skills."""
