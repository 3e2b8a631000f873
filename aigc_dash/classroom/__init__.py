"""Classroom mode: class codes, teacher keys, validated submissions, storage (SQLAlchemy Core)
and the class summary the teacher's dashboard draws. No streamlit here."""
