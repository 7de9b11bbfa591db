"""Interfaces: the command-line tool."""
