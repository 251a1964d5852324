-- check.lua drives Neovim's built-in LSP client against monty-lsp for
-- lsp/nvim_test.go. It is run as
--
--   nvim --headless --clean -u NONE -i NONE -n -c 'luafile check.lua'
--
-- with the parameters in the environment:
--
--   MONTY_LSP         the monty-lsp binary
--   MONTY_NVIM_ROOT   the project directory (holds monty.toml)
--   MONTY_NVIM_FILE   the Python file to open
--   MONTY_NVIM_OUT    where to write the JSON report
--   MONTY_NVIM_WAIT   milliseconds to wait for each step (default 20000)
--
-- The script opens the file, starts the server for its buffer, and records
-- in a JSON report: the diagnostics of the opened file, a hover, the
-- diagnostics after two edits that Neovim sends as incremental didChange
-- notifications (one deleting a line, one replacing a word after a
-- surrogate pair), and the server's exit after shutdown. The Go test
-- judges the report; this script only fails (exit code 1 and an "error"
-- field) when a step cannot run at all. It uses only APIs that Neovim 0.7
-- (Debian bookworm) has, and vim.lsp.start where a newer Neovim has it.

local report = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch) }
report.ms = {}
local out = assert(os.getenv('MONTY_NVIM_OUT'), 'MONTY_NVIM_OUT is not set')
local wait_ms = tonumber(os.getenv('MONTY_NVIM_WAIT') or '') or 20000

local function write_report()
  local f = assert(io.open(out, 'w'))
  f:write(vim.json.encode(report))
  f:close()
end

-- diagnostics returns the buffer's diagnostics in a form that does not
-- depend on the Neovim version: 0.7 keeps the LSP code only in
-- user_data.lsp.code, later versions in code.
local function diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then
      code = d.user_data.lsp.code
    end
    table.insert(list, {
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      severity = d.severity,
      code = code and tostring(code) or '',
      message = d.message,
      source = d.source or '',
    })
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then
      return a.lnum < b.lnum
    end
    return a.col < b.col
  end)
  return list
end

-- has_code reports whether the buffer has a diagnostic with the code.
local function has_code(bufnr, code)
  for _, d in ipairs(diagnostics(bufnr)) do
    if d.code == code then
      return true
    end
  end
  return false
end

-- wait waits for cond, failing the step named what after wait_ms.
-- Each step's duration in milliseconds goes into report.ms.
-- A server that exits early fails the step at once.
local function wait(what, cond, exit_ok)
  local start = vim.loop.hrtime()
  local done = vim.wait(wait_ms, function()
    return cond() or (report.exit ~= nil and not exit_ok)
  end, 10)
  if not done then
    error(string.format('timed out after %d ms waiting for %s', wait_ms, what), 0)
  end
  if not cond() then
    error(string.format('the server exited (code %d, signal %d) before %s', report.exit.code, report.exit.signal, what), 0)
  end
  table.insert(report.ms, { step = what, ms = math.floor((vim.loop.hrtime() - start) / 1e6) })
end

local function start_server(bufnr)
  local config = {
    name = 'monty',
    cmd = { assert(os.getenv('MONTY_LSP'), 'MONTY_LSP is not set'), 'serve' },
    root_dir = assert(os.getenv('MONTY_NVIM_ROOT'), 'MONTY_NVIM_ROOT is not set'),
    flags = { debounce_text_changes = 0 },
    on_exit = function(code, signal)
      report.exit = { code = code, signal = signal }
    end,
  }
  if vim.lsp.start then -- Neovim 0.8 and later
    return vim.lsp.start(config)
  end
  local id = vim.lsp.start_client(config)
  if id == nil then
    error('vim.lsp.start_client failed', 0)
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

local function hover(bufnr, line, character)
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = character } }
  local responses, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, wait_ms)
  if err then
    error('hover: ' .. tostring(err), 0)
  end
  for _, r in pairs(responses or {}) do
    if r.error then
      error('hover: ' .. vim.inspect(r.error), 0)
    end
    if r.result and r.result.contents then
      local c = r.result.contents
      return c.value or (type(c) == 'string' and c) or vim.inspect(c)
    end
  end
  return ''
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape((assert(os.getenv('MONTY_NVIM_FILE'), 'MONTY_NVIM_FILE is not set'))))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'python' -- -u NONE turns filetype detection off
  report.log = vim.lsp.get_log_path()
  local id = start_server(bufnr)
  report.client_id = id

  -- 1. The diagnostics of the file as opened.
  wait('the first diagnostics', function()
    return #vim.diagnostic.get(bufnr) > 0
  end)
  report.opened = diagnostics(bufnr)

  -- 2. Hover over the declared external on line 4 (0-based 3): `x = fetch(1)`.
  report.hover = hover(bufnr, 3, 5)

  -- 3. Delete the `del` line: an incremental change that removes a line.
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, l in ipairs(lines) do
    if l:match('^del ') then
      vim.api.nvim_buf_set_lines(bufnr, i - 1, i, false, {})
      break
    end
  end
  wait('the diagnostics after deleting the del line', function()
    return not has_code(bufnr, 'M102') and #vim.diagnostic.get(bufnr) > 0
  end)
  report.after_delete = diagnostics(bufnr)

  -- 4. Replace `frobnicate` by `fetch` on the line with the emoji: the
  -- change's range counts UTF-16 units past a surrogate pair.
  lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, l in ipairs(lines) do
    local s, e = l:find('frobnicate', 1, true)
    if s then
      vim.api.nvim_buf_set_text(bufnr, i - 1, s - 1, i - 1, e, { 'fetch' })
      break
    end
  end
  wait('the diagnostics after renaming frobnicate', function()
    return not has_code(bufnr, 'M201')
  end)
  report.after_rename = diagnostics(bufnr)
  report.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')

  -- 5. Shut the server down: shutdown, then exit.
  vim.lsp.stop_client(id)
  wait('the server to exit after shutdown', function()
    return report.exit ~= nil
  end, true)
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  report.error = tostring(err)
end
write_report()
vim.cmd(ok and 'qall!' or 'cquit! 1')
