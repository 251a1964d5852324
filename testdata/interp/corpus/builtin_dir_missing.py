dir([])
