-- GET with the caller key $KEY (wrk -s get.lua).
wrk.headers["X-API-Key"] = os.getenv("KEY")
