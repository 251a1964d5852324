s = ["plain", r"raw", R"RAW", u"unicode", U"UNICODE"]
b = [b"bytes", B"BYTES"]
rb_forms = [br"\x", Br"\x", bR"\x", BR"\x", rb"\x", rB"\x", Rb"\x", RB"\x"]
x = 1
f_forms = [f"{x}", F"{x}"]
rf_forms = [fr"\{x}", fR"\{x}", Fr"\{x}", FR"\{x}", rf"\{x}", rF"\{x}", Rf"\{x}", RF"\{x}"]
single = [r'raw', u'uni', b'byt', Rb'rb', f'{x}', rF'{x}\n']
triple = [r"""raw\t""", u'''uni''', b"""bytes""", bR'''\d''', f"""{x}""", Fr'''{x}\s''']
