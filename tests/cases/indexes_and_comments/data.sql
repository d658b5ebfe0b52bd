INSERT INTO public.bookings (id, room, during, guest) VALUES
  (1, 101, '[2026-01-01,2026-01-03)', 'Ada'), (2, 101, '[2026-01-05,2026-01-07)', 'Bob');
