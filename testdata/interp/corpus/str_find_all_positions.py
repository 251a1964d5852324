s = "the cat sat on the mat with the hat"
pos = []
i = s.find("the")
while i != -1:
    pos.append(i)
    i = s.find("the", i + 1)
pos
