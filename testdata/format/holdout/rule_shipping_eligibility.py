# Rule: can this order ship with free 2-day delivery?
#
# inputs: order (dict), customer (dict)
# externals: zone_for_zip, warehouse_stock

FREE_SHIPPING_MIN = 35.0
EXCLUDED_STATES = ( 'AK', 'HI', 'PR' )     # islands ship ground only


def eligible( order , customer ) :
    reasons = [ ]

    # membership trumps the minimum
    if not customer.get( 'is_member' ) and order[ 'subtotal' ] < FREE_SHIPPING_MIN :
        reasons.append( 'subtotal below minimum' )

    if order[ 'ship_to' ][ 'state' ] in EXCLUDED_STATES :
        reasons.append( 'destination not served' )

    zone = zone_for_zip( order[ 'ship_to' ][ 'zip' ] )
    if zone is None or zone > 5 :
        reasons.append( 'too far from warehouses' )

    for line in order[ 'lines' ] :
        if line.get( 'hazmat' ) : reasons.append( 'hazmat item ' + line[ 'sku' ] )
        if warehouse_stock( line[ 'sku' ] , near_zone = zone ) < line[ 'qty' ] :
            reasons.append( 'not enough stock near destination for ' + line[ 'sku' ] )


    return { 'eligible' : not reasons , 'reasons' : reasons }



eligible( order , customer )
