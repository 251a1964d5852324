package interp

// allocInstance makes an instance of c with an empty attribute dict. The
// instance, its dict and room for as many attribute entries as c's
// instances have had so far (Class.nattrs) come from one allocation:
// creating small objects is a large part of what class-heavy programs do.
func allocInstance(c *Class, id int64) *Instance {
	var inst *Instance
	var d *Dict
	switch c.nattrs {
	case 0:
		b := &struct {
			inst Instance
			d    Dict
		}{}
		inst, d = &b.inst, &b.d
	case 1:
		inst, d = instanceWith1()
	case 2:
		inst, d = instanceWith2()
	case 3:
		inst, d = instanceWith3()
	case 4:
		inst, d = instanceWith4()
	default:
		b := &struct {
			inst Instance
			d    Dict
		}{}
		inst, d = &b.inst, &b.d
		d.entries = make([]dictEntry, 0, c.nattrs)
	}
	inst.cls, inst.attrs, inst.id = c, d, id
	return inst
}

func instanceWith1() (*Instance, *Dict) {
	b := &struct {
		inst Instance
		d    Dict
		e    [1]dictEntry
	}{}
	b.d.entries = b.e[:0]
	return &b.inst, &b.d
}

func instanceWith2() (*Instance, *Dict) {
	b := &struct {
		inst Instance
		d    Dict
		e    [2]dictEntry
	}{}
	b.d.entries = b.e[:0]
	return &b.inst, &b.d
}

func instanceWith3() (*Instance, *Dict) {
	b := &struct {
		inst Instance
		d    Dict
		e    [3]dictEntry
	}{}
	b.d.entries = b.e[:0]
	return &b.inst, &b.d
}

func instanceWith4() (*Instance, *Dict) {
	b := &struct {
		inst Instance
		d    Dict
		e    [4]dictEntry
	}{}
	b.d.entries = b.e[:0]
	return &b.inst, &b.d
}
