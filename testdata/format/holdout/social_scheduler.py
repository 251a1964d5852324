BEST_HOURS={'twitter':[9,12,17],'linkedin':[8,10,12],'instagram':[11,19,21]}
MAX_LEN={'twitter':280,'linkedin':3000,'instagram':2200}

def adapt(text,network,link=None):
  if network=='twitter' and link: budget=MAX_LEN['twitter']-24
  else: budget=MAX_LEN[network]
  if len(text)>budget: text=text[:budget-1].rsplit(' ',1)[0]+'…'
  if link: text=text+' '+link
  if network=='instagram': text=text.replace('http','link in bio: http',1) if link else text
  return text

def schedule(post,day):
  planned=[]
  for network in post['networks']:
    hour=BEST_HOURS[network][len(planned)%len(BEST_HOURS[network])]
    when=f"{day}T{hour:02d}:00:00"
    body=adapt(post['text'],network,post.get('link'))
    planned.append(schedule_post(network,account=post['account'],text=body,media=post.get('media',[]),publish_at=when))
  return planned

schedule(post,publish_day)
