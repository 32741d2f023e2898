"""HTTP API: app factory and routers."""
