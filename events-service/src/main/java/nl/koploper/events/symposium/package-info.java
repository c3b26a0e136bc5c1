/**
 * The Koplopersymposium for the public: its page with the programme, and the form through which external guests
 * register (each becoming a GUEST invitation of the symposium).
 */
package nl.koploper.events.symposium;
