(255).bit_length()
