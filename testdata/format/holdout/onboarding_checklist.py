STEPS = [
	('profile', 'Complete your profile', lambda u: bool(u.get('avatar_url')) and bool(u.get('bio'))),
	('team', 'Invite a teammate', lambda u: u.get('team_size', 1) > 1),
	('integration', 'Connect an integration', lambda u: len(u.get('integrations', [])) > 0),
	('first_project', 'Create your first project', lambda u: u.get('project_count', 0) >= 1),
	('billing', 'Add a payment method', lambda u: u.get('has_payment_method', False)),
]

def progress(user):
	done = [key for key, _, check in STEPS if check(user)]
	todo = [(key, title) for key, title, check in STEPS if not check(user)]
	return done, todo

def nudge(user):
	done, todo = progress(user)
	pct = int(100*len(done)/len(STEPS))
	update_user_property(user['id'], 'onboarding_pct', pct)
	if not todo:
		if not user.get('onboarding_completed_at'):
			set_user_property(user['id'], 'onboarding_completed_at', now_iso())
			send_in_app_message(user['id'], 'You are all set! 🎉')
		return None
	days = days_since(user['signed_up_at'])
	if days in (1, 3, 7, 14):
		next_key, next_title = todo[0]
		send_email(user['email'], template='onboarding_nudge', context={'name': user.get('first_name') or 'there', 'step': next_title, 'percent': pct, 'cta_url': f'https://app.example.com/onboarding/{next_key}'})
		return next_key
	return None

[nudge(u) for u in users_in_onboarding()]
