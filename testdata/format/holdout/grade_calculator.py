WEIGHTS = {'homework':0.25,'quizzes':0.15,'midterm':0.25,'final':0.35}
LETTERS = [(93,'A'),(90,'A-'),(87,'B+'),(83,'B'),(80,'B-'),(77,'C+'),(73,'C'),(70,'C-'),(60,'D'),(0,'F')]

def category_average(scores,drop_lowest=0):
    if not scores:return None
    pct=sorted(s['points']/s['max_points']*100 for s in scores)
    pct=pct[drop_lowest:] if len(pct)>drop_lowest else pct
    return sum(pct)/len(pct)

def final_grade(student_scores):
    by_cat={}
    for s in student_scores:by_cat.setdefault(s['category'],[]).append(s)
    total=0.0;weight_used=0.0
    for cat,w in WEIGHTS.items():
        avg=category_average(by_cat.get(cat,[]),drop_lowest=1 if cat=='quizzes' else 0)
        if avg is None:continue
        total+=avg*w;weight_used+=w
    pct=total/weight_used if weight_used else 0.0
    letter=next(l for cutoff,l in LETTERS if pct>=cutoff)
    return round(pct,1),letter

roster=get_roster(course_id)
grades={s['id']:final_grade(get_scores(course_id,s['id'])) for s in roster}
publish_grades(course_id,{sid:{'percent':p,'letter':l} for sid,(p,l) in grades.items()})
grades
