"""Fifteenth independent bilingual PII set (issue 18): written blind, measured only."""
