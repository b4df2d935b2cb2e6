-- wrk script: cycles through the request paths listed in a file (one per line), so a run touches
-- many users instead of letting one hot row or cache entry flatter the numbers. Each thread starts
-- at a different place in the list. At the end it prints one line "BENCH_JSON {...}" that
-- bench/run.sh collects.
--   wrk -t2 -c64 -d10s --latency -s bench/rotate.lua http://127.0.0.1:5000 -- paths.txt

local threads = 0
local requests = {}
local next_index = 1

function setup(thread)
    threads = threads + 1
    thread:set("thread_number", threads)
end

function init(args)
    local file = args[1]
    if file == nil then
        error("rotate.lua needs the paths file: wrk ... -s rotate.lua URL -- paths.txt")
    end
    for line in io.lines(file) do
        if line ~= "" then
            -- Formatted once here; wrk then only copies the bytes for each request.
            requests[#requests + 1] = wrk.format("GET", line)
        end
    end
    if #requests == 0 then
        error("rotate.lua: no paths in " .. file)
    end
    -- Spread the threads over the list (thread_number is set by setup above).
    next_index = ((thread_number or 1) - 1) * math.floor(#requests / 2) % #requests + 1
end

function request()
    local r = requests[next_index]
    next_index = next_index % #requests + 1
    return r
end

function done(summary, latency, _)
    local e = summary.errors
    io.write(string.format(
        'BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
        '"latency_p50_us":%.0f,"latency_p90_us":%.0f,"latency_p99_us":%.0f,' ..
        '"latency_mean_us":%.1f,"latency_max_us":%.0f,' ..
        '"errors_connect":%d,"errors_read":%d,"errors_write":%d,"errors_timeout":%d,"errors_status":%d}\n',
        summary.requests, summary.duration, summary.bytes,
        latency:percentile(50), latency:percentile(90), latency:percentile(99),
        latency.mean, latency.max,
        e.connect, e.read, e.write, e.timeout, e.status))
end
