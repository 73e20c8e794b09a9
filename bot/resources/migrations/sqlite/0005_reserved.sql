-- 0005: reserved (number held for work on another branch; the lead replaces this file when it
-- lands). Nothing to do, so both engines' numbering stays aligned and without gaps.
SELECT 1;
