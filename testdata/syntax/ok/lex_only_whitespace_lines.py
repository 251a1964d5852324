

   
	
# blank lines and whitespace-only lines surround this
   
x = 1
    

