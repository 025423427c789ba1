"""The joint communication plan: plans, activities, and the calendar export."""
