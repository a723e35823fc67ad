-- hostile: allocate forever, letting the collector keep up
-- stage: load
-- expect: instruction budget
while true do local t = { 1, 2, 3 } end -- <<<
