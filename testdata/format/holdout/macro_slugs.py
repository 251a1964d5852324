# macro: generate unique slugs for new articles
import re
def base_slug(title):
    s=re.sub(r"[^\w\s-]","",title.lower())
    s=re.sub(r"[\s_-]+","-",s).strip("-")
    return s or "untitled"
def unique_slug(title,existing):
    slug=base_slug(title)[:60].rstrip("-")
    if slug not in existing:return slug
    n=2
    while f"{slug}-{n}" in existing:n+=1
    return f"{slug}-{n}"
def redirect_old(article,old_slug,new_slug):
    if old_slug and old_slug!=new_slug:
        create_redirect(site_id,"/blog/"+old_slug,"/blog/"+new_slug,permanent=True)
        return True
    return False
existing=set(all_slugs(site_id))
created=[]
for a in new_articles(site_id):
    s=unique_slug(a["title"],existing)
    existing.add(s)
    set_article_slug(a["id"],s)
    redirect_old(a,a.get("old_slug"),s)
    created.append((a["id"],s))
created
