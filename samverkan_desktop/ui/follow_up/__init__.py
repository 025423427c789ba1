"""The pages of the Uppföljning tab: occasions, assessments and matrix, indicators, action plan, meetings."""
