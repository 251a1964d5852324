weight_kg = measurements["weight_kg"]
height_m = measurements["height_cm"] / 100

bmi = weight_kg / height_m ** 2

if bmi < 18.5:
    category = "underweight"
elif bmi < 25:
    category = "normal"
elif bmi < 30:
    category = "overweight"
else:
    category = "obese"

healthy_low = round(18.5 * height_m ** 2, 1)
healthy_high = round(24.9 * height_m ** 2, 1)
f"BMI {bmi:.1f} ({category}); healthy weight range {healthy_low}-{healthy_high} kg"
