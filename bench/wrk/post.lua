-- POST a JSON body read from $BODY with the caller key $KEY (wrk -s post.lua).
wrk.method = "POST"
local file = io.open(os.getenv("BODY"), "r")
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("KEY")
