x=1+2*3-4/5//6%7**8
y=(x)if(x)else(0)
z=[1,2,3][::-1]
if(x):pass
while(0):pass
def f(a,b=1,*c,d,**e):return(a,b,c,d,e)
g=lambda:0
h={'a':1,'b':[2,{3}]}
i=not(x)
j=x<y>=z!=x==y<=z>x
k=-x;l=+x;m=~x
n=x if x else-x
o=a.b[c](d)
x+=1;x-=1;x*=1;x//=1;x**=1;x>>=1;x<<=1;x@=m;x&=1;x|=1;x^=1;x%=1;x/=1
