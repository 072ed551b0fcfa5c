// The comparison form: the checked cities go into one cities=a,b,c value, so the address stays short and is the same
// one the Share panel gives.
const form = document.querySelector(".compare-form");
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  params.set("cities", [...form.querySelectorAll("input[data-city]:checked")].map((box) => box.value).join(","));
  params.set("indicator", form.querySelector("#compare-indicator").value);
  const edition = form.querySelector("input[name=edition]");
  if (edition) params.set("edition", edition.value);
  location.assign(`${location.pathname}?${params.toString().replaceAll("%2C", ",")}`);
});
