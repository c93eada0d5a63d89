-- Schemata migration (down) for postgres

SET lock_timeout = '5000ms';

BEGIN;

-- revert: rename domain check public.rating.review_score_lower_bound_kept_in_step_with_the_published_scale to review_score_upper_bound_kept_in_step_with_the_published_scale (from review_score_upper_bound_kept_in_step_wit_7c5db674_schemata_tmp)
ALTER DOMAIN rating RENAME CONSTRAINT review_score_upper_bound_kept_in_step_with_the_published_scale TO review_score_upper_bound_kept_in_step_wit_7c5db674_schemata_tmp;

-- revert: rename domain check public.rating.review_score_upper_bound_kept_in_step_with_the_published_scale to review_score_lower_bound_kept_in_step_with_the_published_scale
ALTER DOMAIN rating RENAME CONSTRAINT review_score_lower_bound_kept_in_step_with_the_published_scale TO review_score_upper_bound_kept_in_step_with_the_published_scale;

-- revert: rename domain check public.rating.review_score_lower_bound_kept_in_step_with_the_published_scale to review_score_upper_bound_kept_in_step_wit_7c5db674_schemata_tmp (on its way to review_score_upper_bound_kept_in_step_with_the_published_scale)
ALTER DOMAIN rating RENAME CONSTRAINT review_score_upper_bound_kept_in_step_wit_7c5db674_schemata_tmp TO review_score_lower_bound_kept_in_step_with_the_published_scale;

-- revert: rename domain check public.rating.rating_min to rating_max (from rating_max_schemata_tmp)
ALTER DOMAIN rating RENAME CONSTRAINT rating_max TO rating_max_schemata_tmp;

-- revert: rename domain check public.rating.rating_max to rating_min
ALTER DOMAIN rating RENAME CONSTRAINT rating_min TO rating_max;

-- revert: rename domain check public.rating.rating_min to rating_max_schemata_tmp (on its way to rating_max)
ALTER DOMAIN rating RENAME CONSTRAINT rating_max_schemata_tmp TO rating_min;

COMMIT;
