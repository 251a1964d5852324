# del inside for and while loops.
scores = {"ann": 3, "bob": 8, "cid": 1, "dan": 9}
for name in list(scores):
    if scores[name] < 5:
        del scores[name]
print(scores)

nums = [1, 2, 3, 4, 5, 6, 7]
for i in range(len(nums) - 1, -1, -1):
    if nums[i] % 2:
        del nums[i]
print(nums)

queue = ["a", "b", "c"]
while queue:
    print("take", queue[0])
    del queue[0]
print(queue)
