from fractions_helper import to_fraction_string

UNIT_CONVERSIONS = {('tsp','tbsp'):1/3, ('tbsp','cup'):1/16, ('oz','lb'):1/16, ('g','kg'):1/1000, ('ml','l'):1/1000}

def normalize_unit(qty,unit):
    # bump up to a bigger unit when the number gets large
    for (small,big),factor in UNIT_CONVERSIONS.items():
        if unit==small and qty*factor>=1:
            return qty*factor,big
    return qty,unit

def scale(recipe,servings):
    factor=servings/recipe['servings']
    out=[]
    for ing in recipe['ingredients']:
        if ing.get('qty') is None:
            out.append(ing['name']); continue
        qty,unit=normalize_unit(ing['qty']*factor,ing.get('unit',''))
        out.append(f"{to_fraction_string(qty)} {unit} {ing['name']}".replace('  ',' ').strip())
    return {'title':recipe['title'],'servings':servings,'ingredients':out,'steps':recipe['steps']}

recipe=get_recipe(recipe_id)
scale(recipe,int(requested_servings))
