-- hostile: fills the heap, then asks for 1 MiB again and again under pcall (each refusal
-- runs a full garbage collection)
-- stage: load
-- expect: instruction budget
local keep = {}
for i = 1, 14 do keep[i] = string.rep(string.char(64 + i), 1 << 20) end
while true do pcall(string.rep, "z", 1 << 20) end -- <<<
