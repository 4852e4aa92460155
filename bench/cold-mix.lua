-- A cold request mix: every request is a URL no earlier request used (within ~150,000 requests), so the response
-- cache cannot absorb it and each one reaches SQLite. Families rotate: filtered indicators, pages of paragraphs,
-- projects and subjects (every limit/offset pair inside the data), and searches for short words of the report.
-- COLD_START (environment) starts the sequence elsewhere, so a warm-up run can use URLs the measured run will not.
local counter = tonumber(os.getenv("COLD_START") or "0")
local thread_id = 0
-- COLD_FAMILY (0-4) keeps to one family of URLs, to see which costs what.
local only_family = tonumber(os.getenv("COLD_FAMILY") or "")
local words = { "教育", "医疗", "七都", "交通", "产业", "城市", "创新", "改革", "民生", "岛", "鞋", "数字化", "科技", "服务", "投资", "文化", "养老", "街道", "环境", "项目" }

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  thread:set("thread_id", thread_id)
  thread_id = thread_id + 1
end

function request()
  counter = counter + 1
  local n = counter * 2 + thread_id -- two threads never share a URL
  local family, k = n % 5, math.floor(n / 5)
  if only_family then family, k = only_family, n end
  local path
  if family == 0 then
    path = string.format("/api/v1/indicators?minValue=%d&limit=%d", k, 1 + k % 50)
  elseif family == 1 then
    path = string.format("/api/v1/paragraphs?offset=%d&limit=%d", k % 62, 1 + math.floor(k / 62) % 500)
  elseif family == 2 then
    path = string.format("/api/v1/projects?offset=%d&limit=%d", k % 65, 1 + math.floor(k / 65) % 500)
  elseif family == 3 then
    path = string.format("/api/v1/subjects?offset=%d&limit=%d", k % 150, 1 + math.floor(k / 150) % 500)
  else
    path = string.format("/api/v1/search?q=%s&limit=%d&offset=%d", encode(words[1 + k % #words]), 1 + math.floor(k / 20) % 50, math.floor(k / 1000))
  end
  return wrk.format("GET", path)
end
