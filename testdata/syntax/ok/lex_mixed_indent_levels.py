def one_space():
 return 1

def three_spaces():
   x = 1
   if x:
          deep = "seven more"
          if deep:
           shallow_step = 1
   return x

class Eight:
        def two_more(self):
          return 2

if True:
  a = 1
  for i in range(2):
      b = 2
      while b:
       b -= 1
  c = 3
