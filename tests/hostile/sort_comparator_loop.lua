-- hostile: a sort comparator that loops, called from C
-- stage: load
-- expect: instruction budget
table.sort({ 3, 1, 2 }, function(a, b) while true do end end) -- <<<
