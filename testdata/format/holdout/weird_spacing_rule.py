def  risk_band ( score ) :
    if   score>=80 : return  'high'
    elif score>=50 : return  'medium'
    else           : return  'low'

LIMITS = { 'high':  500 ,
           'medium':2000 ,
           'low':   10000 }

def   approve_withdrawal ( account , amount ) :
    band   = risk_band( account [ 'risk_score' ] )
    limit  = LIMITS [ band ]
    daily  = withdrawals_today ( account [ 'id' ] )
    if daily+amount > limit :
        return { 'approved' : False , 'reason' : 'daily limit %d for %s risk' % ( limit , band ) }
    if account [ 'kyc_level' ] < 2 and amount > 1000 :
        return { 'approved' : False , 'reason' : 'KYC level 2 required above 1000' }
    record_withdrawal ( account [ 'id' ] , amount )
    return { 'approved' : True , 'remaining_today' : limit-daily-amount }

def  explain ( result ) :
    if result [ 'approved' ] : return  'ok, %s left today' % result [ 'remaining_today' ]
    return  'declined: ' + result [ 'reason' ]

result  =  approve_withdrawal ( account , amount )
explain ( result )
