range(1, 9, 2).step
