from ..shared.util import slugify
slugify("A b")
