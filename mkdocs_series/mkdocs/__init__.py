"""The MkDocs / ProperDocs front-end: the plugin's event handlers and their helpers."""
