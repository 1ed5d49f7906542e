"""Selection: the one candidate policy every strategy goes through, and trimming."""
